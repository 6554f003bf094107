# Name classification with nn.LSTM: train a few steps with NLLLoss and print the loss
import torch
import torch.nn as nn

torch.manual_seed(11)
letters = "abcdefghijklmnopqrstuvwxyz"
names = [("anna", 0), ("ivan", 1), ("olga", 1), ("emma", 0)]

def encode(name):
    return torch.eye(len(letters))[[letters.index(c) for c in name]].unsqueeze(1)

class LSTMClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(len(letters), 8)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        _, (h_n, c_n) = self.lstm(x)
        return nn.functional.log_softmax(self.out(h_n[-1]), dim=1)

model = LSTMClassifier()
print(model)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
criterion = nn.NLLLoss()
for it in range(3):
    total = 0.0
    for name, label in names:
        opt.zero_grad()
        loss = criterion(model(encode(name)), torch.tensor([label]))
        loss.backward()
        opt.step()
        total += loss.item()
    print(it, total / len(names))
print(model(encode("olga")).exp())
