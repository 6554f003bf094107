# makemore part 3, torchified: Linear -> BatchNorm1d -> Tanh, training step then eval-mode forward
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(42)
model = nn.Sequential(nn.Embedding(27, 5), nn.Flatten(), nn.Linear(15, 32, bias=False),
                      nn.BatchNorm1d(32), nn.Tanh(), nn.Linear(32, 27))
with torch.no_grad():
    model[-1].weight *= 0.1
X = torch.randint(0, 27, (20, 3))
Y = torch.randint(0, 27, (20,))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for i in range(4):
    loss = F.cross_entropy(model(X), Y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"{i:3d} {loss.item():.6f}")
print(model[3].running_mean[:4], model[3].num_batches_tracked)
model.eval()
print(F.cross_entropy(model(X), Y).item())
print(model(X[:1]).softmax(-1).argmax().item(), model.training, model[3].training)
