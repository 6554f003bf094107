# Logistic regression with gradient descent; the net input is clamped before the sigmoid.
import torch

torch.manual_seed(15)
X = torch.cat([torch.randn(8, 2) * 0.5 + 1, torch.randn(8, 2) * 0.5 - 1])
y = torch.cat([torch.ones(8), torch.zeros(8)])

def activation(z):
    return 1.0 / (1.0 + torch.exp(-torch.clamp(z, -250, 250)))

w = torch.normal(0.0, 0.01, size=(2,))
b = torch.tensor(0.0)
eta = 0.5
for i in range(4):
    output = activation(X @ w + b)
    errors = y - output
    w = w + eta * 2.0 * X.T @ errors / X.shape[0]
    b = b + eta * 2.0 * errors.mean()
    loss = (-y @ torch.log(output) - (1 - y) @ torch.log(1 - output)) / X.shape[0]
    print(i, loss)
print(w, b)
print(activation(torch.tensor([-1000.0, 0.0, 1000.0])))
