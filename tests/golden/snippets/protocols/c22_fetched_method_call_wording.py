# A Tensor method called at once is named by its C class; one fetched first (f = x.abs) by Tensor
import torch

x = torch.ones(2, 2)


def show(call):
    try:
        call()
    except TypeError as e:
        print(str(e).splitlines()[0])


show(lambda: x.abs(1))
absolute = x.abs
show(lambda: absolute(1))
show(lambda: x.dim(k=1))
dim = x.dim
show(lambda: dim(k=1))
show(lambda: torch.Tensor.abs(x, 1))
show(lambda: getattr(x, "abs")(1))
show(lambda: [x.numel][0](1))
args = (1,)
show(lambda: x.abs(*args))
show(lambda: x.abs(x.sum().item()))
view = x.view
show(lambda: view("a"))
