# Section 9.E (proof for the engine fix): gather and index_select with out=
import torch
x = torch.arange(6.0).reshape(2, 3)
i = torch.tensor([[0], [2]])
for f in (lambda: torch.gather(x, 1, i, out=torch.empty(2, 1)), lambda: torch.gather(x, 1, i, out=torch.empty(0, dtype=torch.int64)),
          lambda: torch.gather(x, 1, i, out=torch.empty(0, dtype=torch.float64)), lambda: torch.gather(x, 1, i, sparse_grad=False, out=torch.empty(5)),
          lambda: torch.index_select(x, 0, torch.tensor([1]), out=torch.empty(0, dtype=torch.float64)),
          lambda: torch.index_select(x, 0, torch.tensor([1]), out=torch.empty(0, dtype=torch.int64)),
          lambda: torch.index_select(x.long(), 1, torch.tensor([0, 0]), out=torch.empty(0, dtype=torch.int64))):
    try:
        print(f())
    except RuntimeError as e:
        print("RuntimeError:", e)
w = torch.ones(2, 3, requires_grad=True)
try:
    torch.gather(w, 1, i, out=torch.empty(2, 1))
except RuntimeError as e:
    print("RuntimeError:", e)
