# A test loop in the quickstart manner: no_grad, summed loss and correct counts
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(1615)
X = torch.randn(25, 4)
y = X[:, :3].argmax(dim=1)
loader = DataLoader(TensorDataset(X, y), batch_size=8)
model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 3))
loss_fn = nn.CrossEntropyLoss()

def test_loop(dataloader, model, loss_fn):
    model.eval()
    size, num_batches = len(dataloader.dataset), len(dataloader)
    running, hits = 0.0, 0
    with torch.no_grad():
        for inputs, labels in dataloader:
            scores = model(inputs)
            running += loss_fn(scores, labels).item()
            hits += int((scores.argmax(dim=1) == labels).sum())
    test_loss = running / num_batches
    correct = hits / size
    print(f"Test Error: Accuracy: {(100*correct):>0.1f}%, Avg loss: {test_loss:>8f}")
    return test_loss

print(test_loop(loader, model, loss_fn))
