# Autograd mechanics: what the graph saves and how grad_fn links together
import torch

x = torch.tensor([0.5, 1.5, 2.5], requires_grad=True)
y = x.exp()
print(y.grad_fn)
print(y.grad_fn._saved_result.equal(y), y.grad_fn._saved_result is y)
z = x.pow(2)
print(z.grad_fn, z.grad_fn._saved_self is x, z.grad_fn._saved_exponent)
w = (y * z).sum()
print(w)
print(w.grad_fn.next_functions)
mul_node = w.grad_fn.next_functions[0][0]
print(mul_node.name(), [type(n).__name__ for n, _ in mul_node.next_functions])
w.backward()
print(x.grad)
print(torch.allclose(x.grad, x.exp() * x ** 2 + x.exp() * 2 * x))
