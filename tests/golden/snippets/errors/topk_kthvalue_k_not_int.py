# k must be an int: PyTorch's parser refuses a bool or a float (a method counts k as position 1).
import torch

x = torch.tensor([3., 1., 2.])
for label, attempt in [("x.topk(True)", lambda: x.topk(True)), ("torch.topk(x, True)", lambda: torch.topk(x, True)),
                       ("x.kthvalue(True)", lambda: x.kthvalue(True)),
                       ("torch.kthvalue(x, True)", lambda: torch.kthvalue(x, True)),
                       ("x.topk(2.0)", lambda: x.topk(2.0)), ("x.kthvalue(1.5)", lambda: x.kthvalue(1.5)),
                       ("torch.topk(x, 2.0)", lambda: torch.topk(x, 2.0))]:
    try:
        print(label, attempt())
    except TypeError as error:
        print(label, "!!", error)
print(x.topk(torch.tensor(2)), x.kthvalue(torch.tensor(1)))
