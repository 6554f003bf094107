# Q: "Expected input batch_size (4) to match target batch_size (8)". A: a view() mixed up the batch dimension.
import torch
import torch.nn as nn

torch.manual_seed(6)
criterion = nn.CrossEntropyLoss()
feats = torch.randn(8, 2, 5, 5)
fc = nn.Linear(100, 10)
targets = torch.randint(0, 10, (8,))
out = fc(feats.view(-1, 100))
print(out.shape)
try:
    criterion(out, targets)
except ValueError as e:
    print("ValueError:", e)
out = nn.Linear(50, 10)(feats.view(feats.size(0), -1))
print(out.shape, criterion(out, targets).shape)
try:
    nn.NLLLoss()(torch.randn(3, 4).log_softmax(1), torch.tensor([1, 2]))
except ValueError as e:
    print("ValueError:", e)
try:
    nn.MSELoss()(torch.randn(4, 1), torch.randn(3, 1))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.BCEWithLogitsLoss()(torch.randn(4, 1), torch.rand(4))
except ValueError as e:
    print("ValueError:", e)
