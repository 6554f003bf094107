# The transfer-learning tutorial's train_model loop on fake data: train/val phases, running_loss and
# running_corrects, best_model_wts kept with copy.deepcopy, StepLR(step_size=7, gamma=0.1).
import copy
import torch
import torch.nn as nn
from torch.optim import lr_scheduler
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(50)
dataloaders = {
    "train": DataLoader(TensorDataset(torch.randn(12, 3, 8, 8), torch.randint(0, 2, (12,))), batch_size=4),
    "val": DataLoader(TensorDataset(torch.randn(8, 3, 8, 8), torch.randint(0, 2, (8,))), batch_size=4),
}
dataset_sizes = {k: len(v.dataset) for k, v in dataloaders.items()}
backbone = nn.Sequential(nn.Conv2d(3, 8, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten())
num_ftrs = 8
model = nn.Sequential(backbone, nn.Linear(num_ftrs, 2))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.001, momentum=0.9)
exp_lr_scheduler = lr_scheduler.StepLR(optimizer, step_size=7, gamma=0.1)
best_model_wts = copy.deepcopy(model.state_dict())
best_acc = 0.0
for epoch in range(2):
    print(f"Epoch {epoch}/1")
    print("-" * 10)
    for phase in ["train", "val"]:
        model.train() if phase == "train" else model.eval()
        running_loss, running_corrects = 0.0, 0
        for inputs, labels in dataloaders[phase]:
            optimizer.zero_grad()
            with torch.set_grad_enabled(phase == "train"):
                outputs = model(inputs)
                _, preds = torch.max(outputs, 1)
                loss = criterion(outputs, labels)
                if phase == "train":
                    loss.backward()
                    optimizer.step()
            running_loss += loss.item() * inputs.size(0)
            running_corrects += torch.sum(preds == labels.data)
        if phase == "train":
            exp_lr_scheduler.step()
        epoch_loss = running_loss / dataset_sizes[phase]
        epoch_acc = running_corrects.double() / dataset_sizes[phase]
        print(f"{phase} Loss: {epoch_loss:.4f} Acc: {epoch_acc:.4f}")
        if phase == "val" and epoch_acc > best_acc:
            best_acc = epoch_acc
            best_model_wts = copy.deepcopy(model.state_dict())
print(f"Best val Acc: {best_acc:4f}", type(best_acc).__name__)
print(model.load_state_dict(best_model_wts))
