"""ResNet-18 on real torch.nn, built in torchvision's order (the oracle side of the engine's copy)."""
import os
import warnings
from enum import Enum

import torch
from torch import nn


class _Weights:
    def __init__(self, url, meta):
        self.url, self.meta = url, meta


class ResNet18_Weights(Enum):
    IMAGENET1K_V1 = _Weights("https://download.pytorch.org/models/resnet18-f37072fd.pth", {"num_params": 11689512})
    DEFAULT = IMAGENET1K_V1

    def __repr__(self):
        return f"{type(self).__name__}.{self._name_}"

    @property
    def url(self):
        return self.value.url

    @property
    def meta(self):
        return self.value.meta


def _conv3x3(cin, cout, stride=1):
    return nn.Conv2d(cin, cout, kernel_size=3, stride=stride, padding=1, groups=1, bias=False, dilation=1)


def _conv1x1(cin, cout, stride=1):
    return nn.Conv2d(cin, cout, kernel_size=1, stride=stride, bias=False)


class BasicBlock(nn.Module):
    expansion = 1

    def __init__(self, inplanes, planes, stride=1, downsample=None):
        super().__init__()
        self.conv1 = _conv3x3(inplanes, planes, stride)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = _conv3x3(planes, planes)
        self.bn2 = nn.BatchNorm2d(planes)
        self.downsample = downsample
        self.stride = stride

    def forward(self, x):
        identity = x
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        if self.downsample is not None:
            identity = self.downsample(x)
        out += identity
        return self.relu(out)


class ResNet(nn.Module):
    def __init__(self, block=BasicBlock, layers=(2, 2, 2, 2), num_classes=1000):
        super().__init__()
        self.inplanes = 64
        self.conv1 = nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, bias=False)
        self.bn1 = nn.BatchNorm2d(64)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
        self.layer1 = self._make_layer(block, 64, layers[0])
        self.layer2 = self._make_layer(block, 128, layers[1], stride=2)
        self.layer3 = self._make_layer(block, 256, layers[2], stride=2)
        self.layer4 = self._make_layer(block, 512, layers[3], stride=2)
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(512 * block.expansion, num_classes)
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
            elif isinstance(m, nn.BatchNorm2d):
                nn.init.constant_(m.weight, 1)
                nn.init.constant_(m.bias, 0)

    def _make_layer(self, block, planes, blocks, stride=1):
        downsample = None
        if stride != 1 or self.inplanes != planes * block.expansion:
            # Built before the block itself: this decides the order of random draws.
            downsample = nn.Sequential(_conv1x1(self.inplanes, planes * block.expansion, stride),
                                       nn.BatchNorm2d(planes * block.expansion))
        layers = [block(self.inplanes, planes, stride, downsample)]
        self.inplanes = planes * block.expansion
        for _ in range(1, blocks):
            layers.append(block(self.inplanes, planes))
        return nn.Sequential(*layers)

    def forward(self, x):
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
        return self.fc(torch.flatten(self.avgpool(x), 1))


def resnet18(*args, **kwargs):
    if args:
        names = ("weights", "progress")[:len(args)]
        shown = "'weights'" if len(names) == 1 else "'weights' and 'progress'"
        warnings.warn(f"Using {shown} as positional parameter(s) is deprecated since 0.13 and may be removed in "
                      "the future. Please use keyword parameter(s) instead.")
        kwargs.update(zip(names, args))
    weights = kwargs.pop("weights", None)
    legacy = "pretrained" in kwargs or (weights is not None and not isinstance(weights, (ResNet18_Weights, str)))
    if legacy:
        positional = "pretrained" not in kwargs
        pretrained = weights if positional else kwargs.pop("pretrained")
        default = ResNet18_Weights.IMAGENET1K_V1 if pretrained else None
        if not positional:
            warnings.warn("The parameter 'pretrained' is deprecated since 0.13 and may be removed in the future, "
                          "please use 'weights' instead.")
        msg = ("Arguments other than a weight enum or `None` for 'weights' are deprecated since 0.13 and may be "
               f"removed in the future. The current behavior is equivalent to passing `weights={default}`.")
        if pretrained:
            msg += " You can also use `weights=ResNet18_Weights.DEFAULT` to get the most up-to-date weights."
        warnings.warn(msg)
        weights = default
    kwargs.pop("progress", None)
    if weights is None:
        return ResNet(BasicBlock, [2, 2, 2, 2], **kwargs)
    # As torchvision does, a checkpoint already in the hub cache is loaded without downloading;
    # the shim never downloads.
    if isinstance(weights, str):
        weights = ResNet18_Weights[weights]
    cached = os.path.join(torch.hub.get_dir(), "checkpoints", os.path.basename(weights.value.url))
    if not os.path.exists(cached):
        raise RuntimeError("the oracle shim has no pretrained weights; record snippets with weights=None")
    model = ResNet(BasicBlock, [2, 2, 2, 2], **kwargs)
    model.load_state_dict(torch.load(cached, weights_only=True))
    return model
