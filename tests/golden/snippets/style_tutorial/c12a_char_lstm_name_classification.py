# Char-RNN name classification (LSTM variant) on synthetic "names": letterToTensor, categoryFromOutput.
import string
import torch
import torch.nn as nn

all_letters = string.ascii_letters + " .,;'"
n_letters = len(all_letters)
categories = ["Alpha", "Beta", "Gamma"]
data = {"Alpha": ["abba", "anna", "ada"], "Beta": ["bob", "bert"], "Gamma": ["gigi", "gogo", "gus"]}

def lineToTensor(line):
    t = torch.zeros(len(line), 1, n_letters)
    for i, ch in enumerate(line):
        t[i][0][all_letters.find(ch)] = 1
    return t

print(n_letters, lineToTensor("ab").shape, lineToTensor("ab").nonzero().tolist())
torch.manual_seed(8)

class NameLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(n_letters, 12)
        self.h2o = nn.Linear(12, len(categories))
        self.softmax = nn.LogSoftmax(dim=1)

    def forward(self, line):
        _, (h, c) = self.lstm(line)
        return self.softmax(self.h2o(h[0]))

rnn = NameLSTM()

def categoryFromOutput(output):
    top_n, top_i = output.topk(1)
    return categories[top_i[0].item()], top_i[0].item()

criterion = nn.NLLLoss()
opt = torch.optim.SGD(rnn.parameters(), lr=0.1)
for epoch in range(3):
    total = 0.0
    for cat, names in data.items():
        for name in names:
            opt.zero_grad()
            out = rnn(lineToTensor(name))
            loss = criterion(out, torch.tensor([categories.index(cat)]))
            loss.backward()
            opt.step()
            total += loss.item()
    print(epoch, f"{total:.4f}")
out = rnn(lineToTensor("anna"))
print(out)
print(categoryFromOutput(out))
