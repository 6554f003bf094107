# RNN for sequences: predicting a sine wave with an LSTM
import torch
import torch.nn as nn

torch.manual_seed(0)
t = torch.linspace(0, 6.28, 21)
seq = torch.sin(t)
X = seq[:-1].view(1, -1, 1)
Y = seq[1:].view(1, -1, 1)

class Predictor(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 8, batch_first=True)
        self.head = nn.Linear(8, 1)
    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out)

model = Predictor()
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(30):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), Y)
    loss.backward()
    opt.step()
    if epoch % 10 == 9:
        print(f"epoch {epoch + 1:3d} | mse {loss.item():.5f}")
