# "Training with PyTorch": train_one_epoch reporting the average loss every few batches, then validation.
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
train_set = TensorDataset(torch.randn(40, 1, 8, 8), torch.randint(0, 10, (40,)))
val_set = TensorDataset(torch.randn(12, 1, 8, 8), torch.randint(0, 10, (12,)))
training_loader = DataLoader(train_set, batch_size=4, shuffle=True)
validation_loader = DataLoader(val_set, batch_size=4, shuffle=False)
print('Training set has {} instances'.format(len(train_set)))
print('Validation set has {} instances'.format(len(val_set)))
model = nn.Sequential(nn.Flatten(), nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
loss_fn = torch.nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.001, momentum=0.9)

def train_one_epoch(epoch_index):
    running_loss = 0.
    last_loss = 0.
    for i, data in enumerate(training_loader):
        inputs, labels = data
        optimizer.zero_grad()
        outputs = model(inputs)
        loss = loss_fn(outputs, labels)
        loss.backward()
        optimizer.step()
        running_loss += loss.item()
        if i % 5 == 4:
            last_loss = running_loss / 5
            print('  batch {} loss: {}'.format(i + 1, last_loss))
            running_loss = 0.
    return last_loss

for epoch in range(2):
    print('EPOCH {}:'.format(epoch + 1))
    model.train(True)
    avg_loss = train_one_epoch(epoch)
    running_vloss = 0.0
    model.eval()
    with torch.no_grad():
        for i, (vinputs, vlabels) in enumerate(validation_loader):
            running_vloss += loss_fn(model(vinputs), vlabels)
    avg_vloss = running_vloss / (i + 1)
    print('LOSS train {} valid {}'.format(avg_loss, avg_vloss))
