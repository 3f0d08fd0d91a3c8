-- The British Airways Executive Club became The British Airways Club on 2025-04-01 (the
-- code BA stays). Only the seeded name is replaced: an admin's own wording is kept.
UPDATE "Program" SET "name" = 'British Airways Club', "nameJa" = 'ブリティッシュ・エアウェイズ・クラブ(旧エグゼクティブクラブ)' WHERE "code" = 'BA' AND "name" = 'British Airways Executive Club';
