# Q: len() and iteration on a zero-dimensional tensor, bool of an empty tensor
import torch

total = torch.tensor(3.5)
for attempt in (lambda: len(total), lambda: list(total), lambda: bool(torch.tensor([]))):
    try:
        attempt()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
print(total.dim(), total.shape, total.numel(), len(total.unsqueeze(0)))
