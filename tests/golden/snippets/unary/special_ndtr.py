# torch.special.ndtr: the normal CDF, ATen's composite (1 + erf(x / sqrt 2)) * 0.5 node for node.
import torch

x = torch.tensor([-3.0, -0.5, 0.0, 0.5, 3.0], requires_grad=True)
y = torch.special.ndtr(x)
print(y)
fn = y.grad_fn
while fn is not None:
    print(type(fn).__name__)
    fn = fn.next_functions[0][0] if fn.next_functions else None
y.sum().backward()
print(x.grad)
print(torch.special.ndtr(torch.tensor([1, 2])), torch.special.ndtr(torch.tensor([True, False])))
print(torch.special.ndtr(torch.tensor([-0.6, 0.1, 1.7], dtype=torch.float16)))
print(torch.special.ndtr(torch.tensor([-0.6, 0.1, 1.7], dtype=torch.float64)))
try:
    torch.special.ndtr(0.5)
except TypeError as e:
    print(e)
