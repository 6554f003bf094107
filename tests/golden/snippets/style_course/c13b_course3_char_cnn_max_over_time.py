# NLP course: a character CNN text classifier — embeddings, Conv1d over time, max-over-time pooling.
import torch
import torch.nn as nn

torch.manual_seed(91)
texts = ["abcab", "cbaac", "zzxyz", "xyzzy", "aabbc", "yxzzx"]
labels = torch.tensor([0, 0, 1, 1, 0, 1])
alphabet = sorted(set("".join(texts)))
X = torch.tensor([[alphabet.index(ch) for ch in t] for t in texts])
print(alphabet, X.shape)

class CharCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(len(alphabet), 4)
        self.conv = nn.Conv1d(4, 6, kernel_size=3)
        self.fc = nn.Linear(6, 2)

    def forward(self, x):
        h = self.emb(x).transpose(1, 2)
        h = torch.relu(self.conv(h))
        return self.fc(h.max(dim=2).values)

net = CharCNN()
opt = torch.optim.Adam(net.parameters(), lr=0.05)
for epoch in range(8):
    loss = nn.functional.cross_entropy(net(X), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 6))
with torch.no_grad():
    h = torch.relu(net.conv(net.emb(X).transpose(1, 2)))
    print(h.shape, h.argmax(dim=2)[0])
    print(net(X).softmax(1)[:, 1])
