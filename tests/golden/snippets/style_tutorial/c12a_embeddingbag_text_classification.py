# Text classification with nn.EmbeddingBag over a flat token tensor with offsets (synthetic corpus).
import torch
import torch.nn as nn

torch.manual_seed(21)
VOCAB, EMB, CLASSES = 20, 6, 3
texts = [[1, 4, 7], [2, 9], [3, 3, 11, 15], [8], [12, 13, 14], [5, 6]]
labels = torch.tensor([0, 1, 2, 1, 2, 0])

def collate(batch, lbl):
    offsets = [0] + [len(t) for t in batch[:-1]]
    return torch.tensor([tok for t in batch for tok in t]), torch.tensor(offsets).cumsum(dim=0), lbl

class TextClassificationModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.EmbeddingBag(VOCAB, EMB, mode="mean")
        self.fc = nn.Linear(EMB, CLASSES)
        self.embedding.weight.data.uniform_(-0.5, 0.5)
        self.fc.weight.data.uniform_(-0.5, 0.5)
        self.fc.bias.data.zero_()

    def forward(self, text, offsets):
        return self.fc(self.embedding(text, offsets))

model = TextClassificationModel()
text, offsets, lbl = collate(texts, labels)
print(text, offsets)
opt = torch.optim.SGD(model.parameters(), lr=5.0)
crit = nn.CrossEntropyLoss()
for epoch in range(1, 6):
    opt.zero_grad()
    pred = model(text, offsets)
    loss = crit(pred, lbl)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 0.1)
    opt.step()
    acc = (pred.argmax(1) == lbl).sum().item() / len(lbl)
    print(f"| epoch {epoch:3d} | loss {loss.item():8.5f} | accuracy {acc:8.3f}")
sum_bag = nn.EmbeddingBag.from_pretrained(model.embedding.weight.detach(), mode="sum")
print(sum_bag(text, offsets)[:2])
print(model.embedding)
