# argmax / argmin of empty tensors and dims, and of a 0-d tensor with dim 0 / -1.
import torch
e=torch.tensor([])
for f in [lambda: e.argmax(), lambda: e.argmin(), lambda: e.argmax(0), lambda: torch.zeros(2,0).argmax(1), lambda: torch.zeros(2,0).argmax(0), lambda: torch.zeros(0,3).argmax(), lambda: torch.zeros(2,0).argmax(dim=1, keepdim=True), lambda: torch.zeros(0,3).argmin(1), lambda: torch.tensor(5.).argmax(0), lambda: torch.tensor(5.).argmin(-1, keepdim=True), lambda: torch.zeros(2,0).argmax(-1), lambda: torch.tensor(3.).argmax(), lambda: torch.tensor(3.).argmax(keepdim=True)]:
    try: print(f())
    except Exception as ex: print(type(ex).__name__, ex)
