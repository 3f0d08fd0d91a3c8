/**
 * Colours of the map, light and dark. Programs keep their own hue in both
 * themes (lighter on dark); line style and marker shape carry the meaning too,
 * so nothing depends on colour alone.
 */
export type Theme = "light" | "dark";

export interface Palette {
  sea: string;
  land: string;
  border: string;
  graticule: string;
  ink: string;
  halo: string;
  muted: string;
  flight: string;
  programs: Record<string, string>;
}

export const PALETTES: Record<Theme, Palette> = {
  light: {
    sea: "#e8f0f6",
    land: "#f7f4ec",
    border: "#cfc8b6",
    graticule: "#d6e2ec",
    ink: "#1c1f24",
    halo: "#ffffff",
    muted: "#555d69",
    flight: "#0b5cad",
    programs: { JAL: "#c8102e", BA: "#1d4f9e", AS: "#00708a", CX: "#00695c", other: "#6a4c9c" },
  },
  dark: {
    sea: "#101a24",
    land: "#272c33",
    border: "#454c57",
    graticule: "#1b2733",
    ink: "#eceef1",
    halo: "#14161a",
    muted: "#a9b0bb",
    flight: "#7cb8f5",
    programs: { JAL: "#ff7d7d", BA: "#8db6ff", AS: "#5fd4ef", CX: "#52d6b4", other: "#c6a8ff" },
  },
};

export const PROGRAM_KEYS = ["JAL", "BA", "AS", "CX"] as const;

export function programKey(program: string | undefined): string {
  return program && (PROGRAM_KEYS as readonly string[]).includes(program) ? program : "other";
}

/** Dash patterns that tell apart two tickets of the same program (first solid). */
export const TICKET_DASHES = [null, "12 5", "3 4", "14 4 3 4"] as const;
export const SURFACE_DASH = "2 5";
