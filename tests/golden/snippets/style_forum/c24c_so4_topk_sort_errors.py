# Q: topk/sort/argmax errors on odd inputs
import torch

x = torch.tensor([[3, 1], [2, 5]])
for f in (lambda: x.topk(0), lambda: x.topk(-1), lambda: x.topk(1, dim=2), lambda: torch.tensor([]).argmax(),
          lambda: torch.tensor(5).topk(1), lambda: torch.tensor([True, False]).sort(), lambda: x.argmax(dim=0, keepdim=True)):
    try:
        print(f())
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
