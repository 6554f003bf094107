import torch

x = torch.tensor(2., requires_grad=True)
y = x ** 3
fn = y.grad_fn
print(fn._saved_self)
print(fn._saved_exponent)
print(fn._saved_self is x, fn._saved_self.equal(x))
e = x.exp()
print(e.grad_fn._saved_result)
