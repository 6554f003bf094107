# A text classifier over variable-length sentences: Embedding(padding_idx=0), pack_padded_sequence
# (unsorted), a bidirectional LSTM's final states, Adam steps, then pad_packed_sequence.
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence

torch.manual_seed(0)
vocab, emb, hid = 20, 8, 6
sents = [torch.tensor([3, 5, 7, 2]), torch.tensor([4, 9]), torch.tensor([1, 2, 3, 4, 5, 6]), torch.tensor([8])]
labels = torch.tensor([0, 1, 1, 0])
class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb, padding_idx=0)
        self.lstm = nn.LSTM(emb, hid, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hid, 2)
    def forward(self, x, lengths):
        e = self.emb(x)
        packed = pack_padded_sequence(e, lengths, batch_first=True, enforce_sorted=False)
        out, (h, c) = self.lstm(packed)
        feats = torch.cat([h[-2], h[-1]], dim=1)
        return self.fc(feats), out
model = Classifier()
print(model)
opt = torch.optim.Adam(model.parameters(), lr=0.01)
x = pad_sequence(sents, batch_first=True)
lengths = torch.tensor([len(s) for s in sents])
for epoch in range(3):
    opt.zero_grad()
    logits, out = model(x, lengths)
    loss = nn.functional.cross_entropy(logits, labels)
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 4), logits.argmax(1).tolist())
padded, lens = pad_packed_sequence(out, batch_first=True)
print(padded.shape, lens, padded[3, 1:].abs().sum().item(), out.data.shape)
print(model.lstm.weight_hh_l0_reverse.grad.norm().item() > 0)
