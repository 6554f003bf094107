# Quiz B5: once_differentiable refuses double backward
import torch
from torch.autograd.function import once_differentiable


class SquareOnce(torch.autograd.Function):
    @staticmethod
    def forward(c, inp):
        c.save_for_backward(inp)
        return inp * inp

    @staticmethod
    @once_differentiable
    def backward(c, go):
        (inp,) = c.saved_tensors
        return 2 * inp * go


inp = torch.tensor(3.0, requires_grad=True)
(go,) = torch.autograd.grad(SquareOnce.apply(inp), inp, create_graph=True)
print(go, go.requires_grad)
try:
    go.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
