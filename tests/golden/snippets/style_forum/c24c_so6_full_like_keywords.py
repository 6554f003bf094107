# Q: *_like factories with dtype and fill values
import torch

t = torch.tensor([1, 2, 3])
print(torch.full_like(t, 2.7), torch.full_like(t, 2.7, dtype=torch.float32))
print(torch.zeros_like(t, dtype=torch.bool), torch.ones_like(t, memory_format=torch.preserve_format))
print(torch.empty_like(t).shape, torch.rand_like(t.float()).shape)
for f in (lambda: torch.rand_like(t), lambda: torch.full_like(t, "a"), lambda: torch.zeros_like([1, 2])):
    try:
        print(f())
    except (TypeError, RuntimeError, NotImplementedError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
