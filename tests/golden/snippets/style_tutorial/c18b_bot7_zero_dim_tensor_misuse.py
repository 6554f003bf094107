"""Common mistakes with 0-dimensional (scalar) tensors."""
import torch

s = torch.tensor(5.0)
for attempt in (lambda: len(s), lambda: s[0], lambda: list(s)):
    try:
        attempt()
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(s.item(), s.shape, s.dim(), s.unsqueeze(0)[0])
