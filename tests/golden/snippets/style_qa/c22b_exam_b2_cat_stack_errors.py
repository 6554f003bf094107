import torch

# Exam B2-2. Predict the shape or the error message.
top = torch.ones(3, 2)
side = torch.ones(3, 5)
print("hstack:", tuple(torch.hstack([top, side]).shape))
print("vstack rows:", tuple(torch.vstack([top, torch.zeros(1, 2)]).shape))
for label, make in [("vstack(top, side)", lambda: torch.vstack([top, side])),
                    ("stack(top, side, 1)", lambda: torch.stack([top, side], dim=1)),
                    ("cat(top, int)", lambda: torch.cat([top, torch.ones(3, 2, dtype=torch.long)]).dtype)]:
    try:
        print(label, make())
    except RuntimeError as err:
        print(label, "->", err)
