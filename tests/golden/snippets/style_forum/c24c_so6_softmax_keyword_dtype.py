# Q: softmax / log_softmax with dtype and dim keywords
import torch
import torch.nn.functional as F

x = torch.tensor([[1, 2], [3, 5]])
for f in (lambda: torch.softmax(x, dim=1), lambda: torch.softmax(x, 1, dtype=torch.float64),
          lambda: F.softmax(x.float(), dim=0, dtype=torch.float64), lambda: x.float().log_softmax(dim=-1),
          lambda: torch.softmax(x.float(), dim=1, _stacklevel=5), lambda: torch.log_softmax(x, 0)):
    try:
        print(f())
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
