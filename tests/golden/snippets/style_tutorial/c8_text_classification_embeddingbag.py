# Text classification tutorial: token ids with offsets into nn.EmbeddingBag, init_weights, one train step.
import torch
from torch import nn

text = ["the cat sat", "a dog ran fast", "the dog sat", "cats run"]
labels = [0, 1, 0, 1]
vocab = {}
for line in text:
    for tok in line.split():
        vocab.setdefault(tok, len(vocab))
print(vocab)
text_pipeline = lambda x: [vocab[t] for t in x.split()]
label_list, text_list, offsets = [], [], [0]
for _label, _text in zip(labels, text):
    label_list.append(_label)
    processed_text = torch.tensor(text_pipeline(_text), dtype=torch.int64)
    text_list.append(processed_text)
    offsets.append(processed_text.size(0))
label_t = torch.tensor(label_list, dtype=torch.int64)
offsets = torch.tensor(offsets[:-1]).cumsum(dim=0)
text_t = torch.cat(text_list)
print(text_t, offsets)

class TextClassificationModel(nn.Module):
    def __init__(self, vocab_size, embed_dim, num_class):
        super().__init__()
        self.embedding = nn.EmbeddingBag(vocab_size, embed_dim, sparse=False)
        self.fc = nn.Linear(embed_dim, num_class)
        self.init_weights()

    def init_weights(self):
        initrange = 0.5
        self.embedding.weight.data.uniform_(-initrange, initrange)
        self.fc.weight.data.uniform_(-initrange, initrange)
        self.fc.bias.data.zero_()

    def forward(self, text, offsets):
        return self.fc(self.embedding(text, offsets))

torch.manual_seed(1)
model = TextClassificationModel(len(vocab), 4, 2)
print(model)
optimizer = torch.optim.SGD(model.parameters(), lr=5)
criterion = torch.nn.CrossEntropyLoss()
predicted_label = model(text_t, offsets)
loss = criterion(predicted_label, label_t)
optimizer.zero_grad()
loss.backward()
torch.nn.utils.clip_grad_norm_(model.parameters(), 0.1)
optimizer.step()
print(loss.item(), (predicted_label.argmax(1) == label_t).sum().item())
print(model(text_t, offsets))
