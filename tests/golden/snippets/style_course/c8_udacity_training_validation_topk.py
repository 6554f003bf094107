# Training with validation passes: ps.topk(1, dim=1), equals against labels.view, accuracy as FloatTensor.
import torch
from torch import nn, optim
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(42)
X = torch.randn(256, 20)
labels = (X[:, :5].sum(1) > 0).long() + (X[:, 5] > 1).long()
trainloader = DataLoader(TensorDataset(X[:192], labels[:192]), batch_size=64, shuffle=True)
testloader = DataLoader(TensorDataset(X[192:], labels[192:]), batch_size=32)
model = nn.Sequential(nn.Linear(20, 32), nn.ReLU(), nn.Dropout(p=0.2), nn.Linear(32, 3), nn.LogSoftmax(dim=1))
criterion = nn.NLLLoss()
optimizer = optim.SGD(model.parameters(), lr=0.1)

train_losses, test_losses = [], []
for e in range(3):
    running_loss = 0
    for images, lbls in trainloader:
        optimizer.zero_grad()
        log_ps = model(images)
        loss = criterion(log_ps, lbls)
        loss.backward()
        optimizer.step()
        running_loss += loss.item()
    test_loss = 0
    accuracy = 0
    with torch.no_grad():
        model.eval()
        for images, lbls in testloader:
            log_ps = model(images)
            test_loss += criterion(log_ps, lbls)
            ps = torch.exp(log_ps)
            top_p, top_class = ps.topk(1, dim=1)
            equals = top_class == lbls.view(*top_class.shape)
            accuracy += torch.mean(equals.type(torch.FloatTensor))
    model.train()
    train_losses.append(running_loss / len(trainloader))
    test_losses.append(test_loss / len(testloader))
    print("Epoch: {}/{}.. ".format(e + 1, 3),
          "Training Loss: {:.3f}.. ".format(train_losses[-1]),
          "Test Loss: {:.3f}.. ".format(test_losses[-1]),
          "Test Accuracy: {:.3f}".format(accuracy / len(testloader)))
print(top_p[:3], top_class[:3].view(-1), equals.shape, equals.dtype)
print(type(test_losses[-1]), test_losses[-1].requires_grad)
