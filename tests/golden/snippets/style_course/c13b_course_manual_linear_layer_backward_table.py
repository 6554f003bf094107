# Backprop assignment: gradients of a Linear-Sigmoid-MSE stack derived by hand and printed as a table.
import torch

torch.manual_seed(15)
x = torch.randn(4, 3)
t = torch.rand(4, 2)
lin = torch.nn.Linear(3, 2)
z = lin(x)
z.retain_grad()
a = torch.sigmoid(z)
a.retain_grad()
loss = ((a - t) ** 2).mean()
loss.backward()

da = 2 * (a - t) / a.numel()
dz = da * a * (1 - a)
dW = dz.T @ x
db = dz.sum(0)
rows = [("dL/da", da, a.grad), ("dL/dz", dz, z.grad), ("dL/dW", dW, lin.weight.grad), ("dL/db", db, lin.bias.grad)]
for name, mine, ref in rows:
    exact = torch.equal(mine, ref)
    approx = torch.allclose(mine, ref)
    maxdiff = (mine - ref).abs().max().item()
    print(f"{name:6s} | exact: {str(exact):5s} | approx: {str(approx):5s} | maxdiff: {maxdiff}")
print(lin.bias.grad)
print(loss)
