# "Quickstart": the device line, a test() that reports accuracy and average loss with f-strings.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

device = torch.accelerator.current_accelerator().type if torch.accelerator.is_available() else "cpu"
print(f"Using {device} device")
torch.manual_seed(0)
test_data = TensorDataset(torch.rand(20, 1, 4, 4), torch.randint(0, 3, (20,)))
test_dataloader = DataLoader(test_data, batch_size=8)
for X, y in test_dataloader:
    print(f"Shape of X [N, C, H, W]: {X.shape}")
    print(f"Shape of y: {y.shape} {y.dtype}")
    break
model = nn.Sequential(nn.Flatten(), nn.Linear(16, 3)).to(device)
loss_fn = nn.CrossEntropyLoss()

def test(dataloader, model, loss_fn):
    size = len(dataloader.dataset)
    num_batches = len(dataloader)
    model.eval()
    test_loss, correct = 0, 0
    with torch.no_grad():
        for X, y in dataloader:
            X, y = X.to(device), y.to(device)
            pred = model(X)
            test_loss += loss_fn(pred, y).item()
            correct += (pred.argmax(1) == y).type(torch.float).sum().item()
    test_loss /= num_batches
    correct /= size
    print(f"Test Error: \n Accuracy: {(100*correct):>0.1f}%, Avg loss: {test_loss:>8f} \n")

test(test_dataloader, model, loss_fn)
print(len(test_dataloader), len(test_dataloader.dataset))
