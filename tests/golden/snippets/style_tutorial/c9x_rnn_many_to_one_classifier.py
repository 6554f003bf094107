# Many-to-one RNN classifier: is the sum of a random sequence positive?
import torch
import torch.nn as nn

torch.manual_seed(5)

class RNNClassifier(nn.Module):
    def __init__(self, input_size, hidden_size, num_classes):
        super().__init__()
        self.rnn = nn.RNN(input_size, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        out, h_n = self.rnn(x)
        return self.fc(out[:, -1, :])

X = torch.randn(40, 6, 1)
y = (X.sum(dim=(1, 2)) > 0).long()
model = RNNClassifier(1, 8, 2)
print(model)
out, h = model.rnn(X[:2])
print(out.shape, h.shape, torch.allclose(out[:, -1], h[0]))
opt = torch.optim.Adam(model.parameters(), lr=0.02)
crit = nn.CrossEntropyLoss()
for epoch in range(30):
    opt.zero_grad()
    logits = model(X)
    loss = crit(logits, y)
    loss.backward()
    opt.step()
    if epoch % 10 == 9:
        acc = (logits.argmax(1) == y).float().mean()
        print(f"Epoch [{epoch + 1}/30], Loss: {loss.item():.4f}, Acc: {acc.item():.3f}")
print(y[:10])
print(model(X[:10]).argmax(1))
