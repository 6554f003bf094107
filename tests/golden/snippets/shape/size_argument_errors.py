# view / reshape / expand size arguments: PyTorch's argument-parser TypeErrors, negative sizes, and expand's checks from the last dim.
import torch
x = torch.arange(12)
for f in [lambda: x.view((2.0, 6)), lambda: x.view([2, None]), lambda: x.reshape(2.0, 6), lambda: x.reshape((2.0, 6)), lambda: x.reshape("a"), lambda: x.expand(2.0, 12), lambda: x.expand(2, 12.0), lambda: x.view(3, 4, 1.0), lambda: x.view(None), lambda: x.view(2.5), lambda: x.reshape(2.5), lambda: x.view(True), lambda: x.view(12, False), lambda: x.reshape(True, 12), lambda: x.view(torch.tensor(2.0), 6), lambda: x.view(2, torch.tensor(6.0)), lambda: x.expand(torch.Size([2, 12]), 3)]:
    try: print(f().shape)
    except Exception as e: print(type(e).__name__, repr(str(e)))
x = torch.arange(12)
for f in [lambda: x.view(2, -2), lambda: x.reshape(-2, 6), lambda: x.view(-1, -2), lambda: x.view(-1, -1, -3), lambda: x.view(2, 6.0), lambda: x.view(2.0, 6), lambda: x.view(True, 12), lambda: x.view(3, None), lambda: x.view('a'),
          lambda: torch.zeros(2, 3).expand(2, 3, 4), lambda: torch.zeros(2, 3, dtype=torch.int32).expand(3), lambda: torch.zeros(2, dtype=torch.bool).expand(()), lambda: torch.zeros(2, 2).expand(-1)]:
    try: print(f().shape)
    except Exception as e: print(type(e).__name__, repr(str(e)))
