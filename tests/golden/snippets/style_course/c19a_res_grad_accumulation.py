# gradient accumulation over micro-batches equals one big batch
import torch
torch.manual_seed(27)
model = torch.nn.Linear(3, 1)
X, Y = torch.randn(8, 3), torch.randn(8, 1)
loss_fn = torch.nn.MSELoss()
accum = 4
model.zero_grad()
for i in range(accum):
    xb, yb = X[2 * i:2 * i + 2], Y[2 * i:2 * i + 2]
    (loss_fn(model(xb), yb) / accum).backward()
g_accum = model.weight.grad.clone()
model.zero_grad()
loss_fn(model(X), Y).backward()
print(g_accum)
print(model.weight.grad)
print(torch.allclose(g_accum, model.weight.grad, atol=1e-7))
