# Course notebook: nn.RNN reads a sequence of numbers and learns to predict their sum; print losses.
import torch
from torch import nn

torch.manual_seed(0)
seq_len, batch, hidden = 5, 16, 12

class SumRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(input_size=1, hidden_size=hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)
    def forward(self, x):
        out, h_n = self.rnn(x)
        return self.head(out[:, -1, :]), h_n

model = SumRNN()
print(model)
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for step in range(60):
    x = torch.rand(batch, seq_len, 1)
    y = x.sum(dim=1)
    pred, h_n = model(x)
    loss = nn.functional.mse_loss(pred, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 15 == 0:
        print(step, f"{loss.item():.5f}", h_n.shape)
test = torch.tensor([[[0.1], [0.2], [0.3], [0.4], [0.5]]])
with torch.no_grad():
    print(model(test)[0].item() > 0)
print([(n, tuple(p.shape)) for n, p in model.rnn.named_parameters()])
