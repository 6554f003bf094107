# Q: torch.cat with dim= and out=, and wrong keywords
import torch

a, b = torch.ones(1, 2), torch.zeros(1, 2)
out = torch.empty(0)
print(torch.cat((a, b), dim=1, out=out), out.shape)
print(torch.cat(tensors=[a, b], dim=0).shape, torch.concat([a, b], axis=1).shape)
for f in (lambda: torch.cat([a, b], axis=0, dim=1), lambda: torch.cat([a, b], 0, out=torch.empty(2, 2, dtype=torch.int64)),
          lambda: torch.stack([a, b], dim=3)):
    try:
        print(f())
    except (TypeError, RuntimeError, IndexError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
