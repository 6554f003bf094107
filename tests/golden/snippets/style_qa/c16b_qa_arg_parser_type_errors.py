# Q: TypeErrors from passing the wrong kind of argument.
import torch

x = torch.ones(2, 3)
for call in (lambda: torch.matmul(x, [1.0, 2.0, 3.0]),
             lambda: x.sum(dim=1.5),
             lambda: torch.tensor([1, 2], dtype='float32'),
             lambda: torch.zeros(2.5),
             lambda: x.view(2.0, 3)):
    try:
        call()
    except TypeError as e:
        print(e)
