# Sequence classification with the last LSTM hidden state
import torch
import torch.nn as nn

torch.manual_seed(0)
class SeqClassifier(nn.Module):
    def __init__(self, n_in, n_hidden, n_classes):
        super().__init__()
        self.lstm = nn.LSTM(n_in, n_hidden, num_layers=2, batch_first=True, dropout=0.0)
        self.fc = nn.Linear(n_hidden, n_classes)
    def forward(self, x):
        _, (h, c) = self.lstm(x)
        return self.fc(h[-1])

model = SeqClassifier(3, 5, 2)
x = torch.randn(4, 6, 3)
logits = model(x)
print(logits.shape, logits.argmax(1))
loss = nn.functional.cross_entropy(logits, torch.tensor([0, 1, 1, 0]))
loss.backward()
print(f"loss={loss.item():.4f}")
print({n: tuple(p.grad.shape) for n, p in model.named_parameters() if "l1" in n})
