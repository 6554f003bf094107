# Section 10.9 (proof for the engine fix): the shapes of x that trapezoid accepts
import torch

empty = torch.zeros(2, 0, requires_grad=True)
print(torch.trapezoid(empty), torch.trapezoid(empty, torch.zeros(0)), torch.trapezoid(empty, dx=2.0))
y = torch.arange(24.0).reshape(2, 3, 4).requires_grad_()
x = torch.arange(12.0).reshape(3, 4) ** 2
r = torch.trapezoid(y, x, dim=1)
print(r, r.grad_fn.next_functions[0][0].name())
r.sum().backward()
print(y.grad[0])
for args in [(torch.ones(3), torch.arange(6.0).reshape(2, 3)), (torch.ones(2, 3), torch.ones(2))]:
    try:
        print(torch.trapezoid(*args))
    except RuntimeError as e:
        print("RuntimeError:", e)
print(torch.trapezoid(torch.ones(2, 3), torch.tensor([0.0, 2.0]), dim=0))
print(torch.trapezoid(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([[0.0, 1.0], [0.0, 3.0]])))
xg = torch.tensor([0.0, 1.0, 3.0], requires_grad=True)
r = torch.trapezoid(torch.tensor([1.0, 2.0, 4.0]), xg)
r.backward()
print(r, xg.grad)
