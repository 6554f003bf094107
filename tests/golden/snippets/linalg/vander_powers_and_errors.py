# torch.linalg.vander: powers 0..N-1 along a new last dim, its nodes, dtypes and argument errors.
import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
v = torch.linalg.vander(x); print(v, v.grad_fn.name(), v.grad_fn.next_functions[0][0])
n = v.grad_fn.next_functions[1][0]; print(n.name(), n.next_functions[0][0].name(), n.next_functions[0][0].next_functions[0][0].name())
print(torch.linalg.vander(x, N=2), torch.linalg.vander(torch.tensor([2.0]), N=4), torch.linalg.vander(torch.tensor(2.0), N=3))
print(torch.linalg.vander(torch.tensor([[1, 2], [3, 4]]), N=3))
print(torch.linalg.vander(torch.tensor([1, 2], dtype=torch.int32)), torch.linalg.vander(torch.tensor([1, 2], dtype=torch.uint8)).dtype)
print(torch.linalg.vander(torch.tensor([1., 2], dtype=torch.float64), N=3))
for f in (lambda: torch.linalg.vander(torch.tensor(2.0)), lambda: torch.linalg.vander(x, 1), lambda: torch.linalg.vander(torch.tensor([True])),
          lambda: torch.linalg.vander(torch.tensor([])), lambda: torch.linalg.vander([1.0, 2.0]), lambda: torch.linalg.vander(x, N=3.0),
          lambda: torch.linalg.vander(torch.tensor([1.0], dtype=torch.float16)), lambda: torch.linalg.vander(x, N=None).shape,
          lambda: torch.linalg.vander(x=torch.tensor([2.0, 3.0]))):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
v.sum().backward(); print(x.grad)
