# A forecasting model's repr and parameter count
import torch
import torch.nn as nn

class Forecaster(nn.Module):
    def __init__(self, n_features=3, hidden=16, horizon=4):
        super().__init__()
        self.encoder = nn.LSTM(n_features, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Linear(hidden, horizon)
    def forward(self, x):
        out, _ = self.encoder(x)
        return self.head(self.norm(out[:, -1]))
m = Forecaster()
print(m)
print(sum(p.numel() for p in m.parameters() if p.requires_grad))
torch.manual_seed(13)
print(m(torch.randn(8, 10, 3)).shape)
m.eval()
print(m.encoder.training, m.training)
