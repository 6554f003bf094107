import torch
from torch.func import jacfwd, jacrev

def f(x):
    y = x ** 2
    return y, {"sum": y.sum()}

x = torch.tensor([1.0, 2.0])
J, aux = jacfwd(f, has_aux=True)(x)
print(J, aux)
J2, aux2 = jacrev(f, has_aux=True)(x)
print(torch.equal(J, J2), aux2["sum"])
try:
    jacfwd(lambda t: t + torch.rand(2))(x)
except Exception as e:
    print(type(e).__name__, str(e)[:100])
print(jacfwd(lambda t: t + torch.rand(2), randomness="different")(x))
