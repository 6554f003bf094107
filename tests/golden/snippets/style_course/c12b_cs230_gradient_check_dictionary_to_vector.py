# CS230 gradient checking: parameters dict -> vector, two-sided differences, relative difference printed.
import torch

def dictionary_to_vector(params):
    keys, theta = [], []
    for k in ['W1', 'b1', 'W2', 'b2']:
        v = params[k].reshape(-1, 1)
        keys += [k] * v.shape[0]
        theta.append(v)
    return torch.cat(theta, dim=0), keys

def vector_to_dictionary(theta, shapes):
    params, i = {}, 0
    for k, s in shapes.items():
        n = int(torch.tensor(s).prod())
        params[k] = theta[i:i + n].reshape(s)
        i += n
    return params

def forward(X, Y, p):
    A1 = torch.relu(p['W1'] @ X + p['b1'])
    A2 = torch.sigmoid(p['W2'] @ A1 + p['b2'])
    return -(Y * torch.log(A2) + (1 - Y) * torch.log(1 - A2)).mean()

g = torch.Generator().manual_seed(1)
shapes = {'W1': (3, 4), 'b1': (3, 1), 'W2': (1, 3), 'b2': (1, 1)}
params = {k: torch.randn(*s, generator=g, dtype=torch.float64) for k, s in shapes.items()}
X = torch.randn(4, 5, generator=g, dtype=torch.float64)
Y = torch.tensor([[1., 1, 0, 1, 0]], dtype=torch.float64)
theta, keys = dictionary_to_vector(params)
print(theta.shape, keys[:5], keys[-2:])
t = theta.clone().requires_grad_()
forward(X, Y, vector_to_dictionary(t, shapes)).backward()
grad = t.grad
eps = 1e-7
approx = torch.zeros_like(theta)
for i in range(theta.shape[0]):
    tp, tm = theta.clone(), theta.clone()
    tp[i] += eps
    tm[i] -= eps
    approx[i] = (forward(X, Y, vector_to_dictionary(tp, shapes)) - forward(X, Y, vector_to_dictionary(tm, shapes))) / (2 * eps)
difference = torch.linalg.norm(grad - approx) / (torch.linalg.norm(grad) + torch.linalg.norm(approx))
print('There is a mistake' if difference > 2e-7 else 'Your backward propagation works perfectly fine!', difference.item() < 1e-7)
grad_bad = grad.clone()
grad_bad[0] *= 2
d2 = torch.linalg.norm(grad_bad - approx) / (torch.linalg.norm(grad_bad) + torch.linalg.norm(approx))
print('bad:', d2.item() > 1e-3)
