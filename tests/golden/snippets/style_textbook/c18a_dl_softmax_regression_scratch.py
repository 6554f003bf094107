# Softmax regression from scratch on synthetic 3-class data, minibatch SGD
import torch

torch.manual_seed(0)
num_inputs, num_outputs = 4, 3
true_W = torch.randn(num_inputs, num_outputs)
X = torch.randn(256, num_inputs)
y = (X @ true_W).argmax(1)
W = torch.normal(0, 0.01, size=(num_inputs, num_outputs), requires_grad=True)
b = torch.zeros(num_outputs, requires_grad=True)

def net(X):
    return torch.softmax(X @ W + b, dim=1)

for epoch in range(3):
    for i in range(0, 256, 32):
        Xb, yb = X[i:i + 32], y[i:i + 32]
        l = -torch.log(net(Xb)[range(len(yb)), yb]).mean()
        l.backward()
        with torch.no_grad():
            for p in (W, b):
                p -= 0.5 * p.grad
                p.grad.zero_()
    acc = (net(X).argmax(1) == y).float().mean()
    print(f"epoch {epoch + 1}, loss {l.item():f}, train acc {acc.item():.3f}")
