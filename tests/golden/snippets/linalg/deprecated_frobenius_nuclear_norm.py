import torch

# an old answer's norms, still callable in PyTorch 2 (each warns once)
m = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
print(torch.frobenius_norm(m, (0, 1)), torch.frobenius_norm(m, 1), torch.frobenius_norm(m, [1], True))
print(torch.nuclear_norm(m), torch.nuclear_norm(m, (0, 1)))
n = torch.nuclear_norm(m, keepdim=True)
print(n, n.grad_fn.next_functions)
n.sum().backward()
print(m.grad)
b = torch.tensor([[[1., 0.], [2., 1.]], [[0., 3.], [1., 1.]]])
for o in ["nuc", 2, -2, 1, float("inf")]:
    r = torch.linalg.matrix_norm(b, o, dim=(2, 0), keepdim=True)
    print(o, r.flatten(), r.shape)
for bad in [lambda: torch.frobenius_norm(m, (0, 1, 0)), lambda: torch.frobenius_norm(m), lambda: torch.nuclear_norm(torch.ones(3))]:
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
a = torch.tensor([-1., 0.2, 2.])
print(a.hardshrink(), a.hardshrink(0.1), a.prelu(torch.tensor([0.25])))
print(torch.is_warn_always_enabled(), torch.get_num_interop_threads() > 0)
