# two-layer GCN: printing the state_dict keys and shapes
import torch
import torch.nn as nn
import torch.nn.functional as F

class GCN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Linear(4, 8)
        self.conv2 = nn.Linear(8, 3)
        self.dropout = nn.Dropout(0.5)

    def forward(self, x, adj):
        x = F.relu(adj @ self.conv1(x))
        x = self.dropout(x)
        return adj @ self.conv2(x)

torch.manual_seed(0)
model = GCN()
print(model)
for k, v in model.state_dict().items():
    print(k, list(v.shape))
print(sum(p.numel() for p in model.parameters()))
model.eval()
out = model(torch.ones(5, 4), torch.eye(5))
print(out.shape, model.training, model.dropout.training)
