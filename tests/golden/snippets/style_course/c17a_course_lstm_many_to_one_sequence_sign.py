# Many-to-one LSTM: is the sum of the sequence positive? accuracy with argmax
import torch
from torch import nn

class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 8, num_layers=1, batch_first=True)
        self.fc = nn.Linear(8, 2)
    def forward(self, x):
        h0 = torch.zeros(1, x.size(0), 8)
        c0 = torch.zeros(1, x.size(0), 8)
        out, _ = self.lstm(x, (h0, c0))
        return self.fc(out[:, -1, :])

torch.manual_seed(222)
X = torch.randn(64, 6, 1)
y = (X.sum(dim=(1, 2)) > 0).long()
model = Classifier()
opt = torch.optim.Adam(model.parameters(), lr=0.02)
for epoch in range(5):
    out = model(X)
    loss = nn.CrossEntropyLoss()(out, y)
    opt.zero_grad(); loss.backward(); opt.step()
    _, predicted = torch.max(out.data, 1)
    print(f"Epoch [{epoch+1}/5], Loss: {loss.item():.4f}, Acc: {(predicted == y).sum().item() / y.size(0):.3f}")
