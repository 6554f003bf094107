# Shape mistakes with mv and cross
import torch

W = torch.randn(2, 3)
v = torch.randn(3)
print(torch.mv(W, v).shape)
for attempt in (lambda: torch.mv(W, torch.randn(2)), lambda: torch.mv(W, W), lambda: torch.mv(v, v),
                lambda: torch.mv(torch.randn(4, 2, 3), v), lambda: W.mv(torch.tensor(1.0)),
                lambda: torch.mv(torch.tensor(2.0), v),
                lambda: torch.linalg.cross(v, torch.randn(2, 3)), lambda: torch.cross(torch.randn(4), torch.randn(4)),
                lambda: torch.cross(torch.randn(3, 2), torch.randn(3, 4)),
                lambda: torch.cross(torch.randn(2, 3), torch.randn(3, 3), dim=1),
                lambda: torch.linalg.cross(torch.randn(2, 4), torch.randn(2, 3))):
    try:
        attempt()
    except (RuntimeError, IndexError) as e:
        print(f"{type(e).__name__}: {e}")
print(torch.cross(torch.randn(3, 3), torch.randn(1, 3), dim=1).shape)
