# jacrev with respect to two arguments, returning an auxiliary value as well.
import torch
from torch.func import jacrev

def model(a, b):
    out = torch.stack([a * b, a + b ** 2])
    return out, out.sum()

(ja, jb), aux = jacrev(model, argnums=(0, 1), has_aux=True)(torch.tensor(2.0), torch.tensor(3.0))
print(ja, jb)
print(aux)
