import torch
import torch.nn as nn

torch.manual_seed(14)
gmf_u, gmf_i = nn.Embedding(3, 2), nn.Embedding(3, 2)
mlp_u, mlp_i = nn.Embedding(3, 2), nn.Embedding(3, 2)
mlp = nn.Linear(4, 2)
out = nn.Linear(4, 1)
u = torch.tensor([0, 1, 2])
i = torch.tensor([2, 2, 0])
gmf = gmf_u(u) * gmf_i(i)
h = torch.relu(mlp(torch.cat([mlp_u(u), mlp_i(i)], 1)))
pred = torch.sigmoid(out(torch.cat([gmf, h], 1)))
print(pred.squeeze(1))
loss = nn.BCELoss()(pred.squeeze(1), torch.tensor([1.0, 0.0, 1.0]))
loss.backward()
print(loss)
print(out.weight.grad)
